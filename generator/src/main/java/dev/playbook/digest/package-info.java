/**
 * Content digests: the keys of the build cache, the search index's blocks, release fingerprints and
 * the content-addressed names of the search export. None guards a secret, so they are XXH3-128
 * (hash4j), five times faster than SHA-256 under the quick JIT a build runs with.
 */
package dev.playbook.digest;

/** HTML post-processing with jsoup: one parse per page body, an ordered list of transforms, one serialise. */
package dev.playbook.postprocess;

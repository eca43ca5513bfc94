package dev.playbook.postprocess;

import org.jsoup.nodes.Element;

/** One change to a parsed page body. Transforms run in a fixed order over the same parse. */
interface Transform {
    void apply(Element body, ProcessedBody.Builder result);
}

package dev.playbook.dialects;

import dev.playbook.diag.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/** The constructs met while one page is rewritten, in the order met (one page, one thread). */
final class ConversionLog {

    private final List<Conversion> met = new ArrayList<>();

    void rendered(String kind, SourcePosition at) {
        met.add(Conversion.rendered(kind, at));
    }

    void keptAsText(String kind, SourcePosition at) {
        met.add(Conversion.keptAsText(kind, at));
    }

    List<Conversion> list() {
        return List.copyOf(met);
    }
}

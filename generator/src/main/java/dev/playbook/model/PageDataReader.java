package dev.playbook.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playbook.config.FieldReader;
import dev.playbook.config.PageType;
import dev.playbook.config.Role;
import dev.playbook.config.SiteConfig;
import dev.playbook.config.YamlDocument;
import dev.playbook.diag.Problems;
import dev.playbook.dialects.OldAddresses;
import dev.playbook.diag.Suggestions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a page's front matter against the schema of its type: unknown fields are warnings (with
 * the closest known name), wrong types and unknown roles are errors at the offending line.
 */
final class PageDataReader {

    static final Set<String> COMMON = Set.of("id", "translation-of", "title", "type", "summary", "tags", "owner", "audience", "related",
            "aliases", "draft", "weight", "layout", "reviewed", "effective", "until", "permalink", "url", "slug", "redirect_from",
            // other generators' sidebar fields (see NavOrder), and their name for the summary
            "sidebar_position", "sidebar_label", "nav_order", "linkTitle", "description");
    static final Map<String, Set<String>> BY_BASE = Map.of(
            PageType.PARAMETER, Set.of("limits"),
            PageType.STORY, Set.of("illustrates", "context", "outcome"));
    static final Set<String> LIMIT_FIELDS = Set.of("role", "extra", "up-to", "approval", "conditions", "effective", "until");
    static final Set<String> CONTEXT_FIELDS = Set.of("channel", "situation");

    private final SiteConfig config;

    PageDataReader(SiteConfig config) {
        this.config = config;
    }

    PageData read(FieldReader fields, PageType type, String sourcePath, boolean folderPage, Problems problems) {
        YamlDocument doc = fields.document();
        Set<String> known = new java.util.HashSet<>(COMMON);
        known.addAll(dev.playbook.metrics.MeasuresReader.PAGE_FIELDS);
        known.addAll(BY_BASE.getOrDefault(type.base(), Set.of()));
        for (Iterator<String> names = doc.root().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String elsewhere = BY_BASE.entrySet().stream().filter(e -> e.getValue().contains(name)).map(Map.Entry::getKey)
                        .findFirst().map(base -> " (it belongs on " + base + " pages)").orElse(Suggestions.didYouMean(name, known));
                problems.warning(doc.positionOf("/" + name), "unknown field \"" + name + "\" for a " + type.id() + " page"
                        + elsewhere + "; it is ignored");
            }
        }
        Optional<String> owner = fields.text("owner");
        owner.ifPresent(o -> checkRole(o, doc, "/owner", problems));
        List<String> audience = fields.textList("audience");
        for (int i = 0; i < audience.size(); i++) {
            checkRole(audience.get(i), doc, doc.root().path("audience").isArray() ? "/audience/" + i : "/audience", problems);
        }
        boolean story = type.is(PageType.STORY);
        Optional<LocalDate> effective = date(doc, "/effective", problems);
        Optional<LocalDate> until = date(doc, "/until", problems);
        inOrder(doc, "", effective, until, "the page", problems);
        return new PageData(owner, audience, fields.textList("related"), fields.textList("aliases"),
                date(doc, "/reviewed", problems), effective, until,
                type.is(PageType.PARAMETER) ? limits(doc, problems) : List.of(),
                story ? fields.textList("illustrates") : List.of(),
                story ? context(doc, problems) : Optional.empty(),
                story ? fields.text("outcome") : Optional.empty(),
                OldAddresses.declared(sourcePath, folderPage, doc));
    }

    private List<Limit> limits(YamlDocument doc, Problems problems) {
        JsonNode node = doc.root().path("limits");
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.error(doc.valuePositionOf("/limits"), "\"limits\" must be a list of {role, extra, up-to, approval, conditions}");
            return List.of();
        }
        List<Limit> limits = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String pointer = "/limits/" + i;
            JsonNode entry = node.get(i);
            if (!entry.isObject()) {
                problems.error(doc.valuePositionOf(pointer), "each limit must be a mapping with role, extra, up-to and approval");
                continue;
            }
            for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!LIMIT_FIELDS.contains(name)) {
                    problems.warning(doc.positionOf(pointer + "/" + name), "unknown limit field \"" + name + "\""
                            + Suggestions.didYouMean(name, LIMIT_FIELDS) + "; it is ignored");
                }
            }
            Optional<String> role = required(doc, entry, pointer, "role", problems);
            Optional<String> extra = required(doc, entry, pointer, "extra", problems);
            Optional<String> upTo = required(doc, entry, pointer, "up-to", problems);
            role.ifPresent(r -> checkRole(r, doc, pointer + "/role", problems));
            Optional<String> approval = scalar(entry, "approval");
            approval.ifPresent(a -> checkRole(a, doc, pointer + "/approval", problems));
            Optional<Amount> amount = upTo.flatMap(Amount::parse);
            if (upTo.isPresent() && amount.isEmpty()) {
                problems.error(doc.valuePositionOf(pointer + "/up-to"), "\"up-to\" must be an amount such as \"25 USD\", "
                        + "\"30 minutes\" or \"1 per order\", found \"" + upTo.get() + "\"");
            }
            Optional<LocalDate> effective = date(doc, pointer + "/effective", problems);
            Optional<LocalDate> until = date(doc, pointer + "/until", problems);
            boolean inForceSomeDay = inOrder(doc, pointer, effective, until, "this limit", problems);
            if (role.isPresent() && extra.isPresent() && amount.isPresent() && inForceSomeDay) {
                limits.add(new Limit(role.get(), extra.get().strip(), amount.get(), approval, scalar(entry, "conditions").orElse(""),
                        effective, until, pointer));
            }
        }
        return limits;
    }

    private Optional<StoryContext> context(YamlDocument doc, Problems problems) {
        JsonNode node = doc.root().path("context");
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            problems.error(doc.valuePositionOf("/context"), "\"context\" must be a mapping with channel and situation");
            return Optional.empty();
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!CONTEXT_FIELDS.contains(name)) {
                problems.warning(doc.positionOf("/context/" + name), "unknown context field \"" + name + "\""
                        + Suggestions.didYouMean(name, CONTEXT_FIELDS) + "; it is ignored");
            }
        }
        return Optional.of(new StoryContext(scalar(node, "channel").orElse(""), scalar(node, "situation").orElse("")));
    }

    private void checkRole(String role, YamlDocument doc, String pointer, Problems problems) {
        if (config.roles().isEmpty() || config.role(role).isPresent()) {
            return;
        }
        List<String> ids = config.roles().stream().map(Role::id).toList();
        problems.error(doc.valuePositionOf(pointer), "unknown role \"" + role + "\"" + Suggestions.didYouMean(role, ids)
                + "; roles are listed in playbook.yml: " + String.join(", ", ids));
    }

    private static Optional<String> required(YamlDocument doc, JsonNode entry, String pointer, String field, Problems problems) {
        Optional<String> value = scalar(entry, field);
        if (value.isEmpty() || value.get().isBlank()) {
            problems.error(doc.valuePositionOf(pointer), "this limit needs \"" + field + ":\"");
            return Optional.empty();
        }
        return value;
    }

    private static Optional<String> scalar(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }

    /**
     * Issue 13 (found by LimitFuzzTest): an {@code until:} before {@code effective:} left a limit that
     * is never in force, silently. It is an error at {@code until:}, and such a limit is not kept.
     */
    private static boolean inOrder(YamlDocument doc, String pointer, Optional<LocalDate> effective, Optional<LocalDate> until,
                                   String what, Problems problems) {
        if (effective.isPresent() && until.isPresent() && until.get().isBefore(effective.get())) {
            problems.error(doc.valuePositionOf(pointer + "/until"), "\"until\" (" + until.get() + ") is before \"effective\" ("
                    + effective.get() + "), so " + what + " would never apply; swap the dates or correct one of them");
            return false;
        }
        return true;
    }

    private static Optional<LocalDate> date(YamlDocument doc, String pointer, Problems problems) {
        JsonNode node = doc.root().at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(node.asText().strip()));
        } catch (DateTimeParseException e) {
            problems.error(doc.valuePositionOf(pointer), "\"" + pointer.substring(pointer.lastIndexOf('/') + 1)
                    + "\" must be a date written YYYY-MM-DD, found \"" + node.asText() + "\"");
            return Optional.empty();
        }
    }
}

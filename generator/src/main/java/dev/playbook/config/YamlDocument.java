package dev.playbook.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.playbook.diag.Problem;
import dev.playbook.diag.SourcePosition;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML mapping read with the position of every key and value, so that a wrong field can be
 * reported at its own line. Positions are JSON pointers ({@code /limits/2/up-to}) into the tree.
 */
public final class YamlDocument {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final ObjectNode root;
    private final Map<String, SourcePosition> keyPositions;
    private final Map<String, SourcePosition> valuePositions;
    private final SourcePosition start;

    private YamlDocument(String file, ObjectNode root, Map<String, SourcePosition> keys,
                         Map<String, SourcePosition> values, SourcePosition start) {
        this.file = file;
        this.root = root;
        this.keyPositions = Map.copyOf(keys);
        this.valuePositions = Map.copyOf(values);
        this.start = start;
    }

    /** An empty mapping, for a file with no front matter. */
    public static YamlDocument empty(String file, int line) {
        SourcePosition at = new SourcePosition(file, line, line == 0 ? 0 : 1);
        return new YamlDocument(file, NODES.objectNode(), Map.of(), Map.of(), at);
    }

    /**
     * Parses {@code text} as a YAML mapping. {@code firstLine} is the file line of the text's first
     * line, so positions point into the whole file (front matter starts on line 2).
     */
    public static YamlDocument parse(String text, String file, int firstLine) throws YamlException {
        Builder builder = new Builder(file, firstLine - 1);
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return empty(file, firstLine);
            }
            SourcePosition at = builder.position(parser.currentTokenLocation());
            if (first != JsonToken.START_OBJECT) {
                throw new YamlException(Problem.error(at,
                        "expected a mapping of fields (key: value), found " + describe(first)));
            }
            ObjectNode root = (ObjectNode) builder.read(parser, "");
            return new YamlDocument(file, root, builder.keys, builder.values, at);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark mark = marked.getProblemMark();
                SourcePosition at = new SourcePosition(file, mark.getLine() + firstLine, mark.getColumn() + 1);
                String context = marked.getContext() == null ? "" : " (" + marked.getContext().strip()
                        + (marked.getContextMark() == null ? "" : " that starts on line " + (marked.getContextMark().getLine() + firstLine))
                        + ")";
                throw new YamlException(Problem.error(at, "invalid YAML: " + firstLineOf(marked.getProblem()) + context));
            }
            JsonLocation where = e.getLocation();
            SourcePosition at = where == null
                    ? new SourcePosition(file, firstLine, 1)
                    : builder.position(where);
            throw new YamlException(Problem.error(at, "invalid YAML: " + firstLineOf(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new YamlException(Problem.error(new SourcePosition(file, firstLine, 1),
                    "cannot read YAML: " + e.getMessage()));
        }
    }

    public String file() {
        return file;
    }

    /**
     * This document over {@code base}: base's top-level fields that this one does not have, then
     * this one's. An inherited field keeps its positions in base's file, so a problem in it points
     * there (a translation inherits its original's data this way).
     */
    public YamlDocument over(YamlDocument base) {
        ObjectNode merged = NODES.objectNode();
        Map<String, SourcePosition> keys = new java.util.HashMap<>();
        Map<String, SourcePosition> values = new java.util.HashMap<>();
        for (java.util.Iterator<String> names = base.root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (root.has(name)) {
                continue;
            }
            merged.set(name, base.root.get(name).deepCopy());
            String prefix = pointer("", name);
            base.keyPositions.forEach((k, v) -> { if (k.equals(prefix) || k.startsWith(prefix + "/")) keys.put(k, v); });
            base.valuePositions.forEach((k, v) -> { if (k.equals(prefix) || k.startsWith(prefix + "/")) values.put(k, v); });
        }
        merged.setAll(root.deepCopy());
        keys.putAll(keyPositions);
        values.putAll(valuePositions);
        return new YamlDocument(file, merged, keys, values, start);
    }

    public ObjectNode root() {
        return root;
    }

    /** The position of a field's key, else of its value, else of the document. */
    public SourcePosition positionOf(String pointer) {
        SourcePosition key = keyPositions.get(pointer);
        if (key != null) {
            return key;
        }
        return valuePositionOf(pointer);
    }

    /** The position of a value, else of its key, else of the document. */
    public SourcePosition valuePositionOf(String pointer) {
        SourcePosition value = valuePositions.get(pointer);
        if (value != null) {
            return value;
        }
        SourcePosition key = keyPositions.get(pointer);
        return key != null ? key : start;
    }

    public SourcePosition start() {
        return start;
    }

    public Optional<JsonNode> get(String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    static String pointer(String parent, String field) {
        return parent + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            default -> "a " + token.asString();
        };
    }

    private static String firstLineOf(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline).strip();
    }

    /** Builds the tree from the token stream, recording where each key and value stands. */
    private static final class Builder {
        private final String file;
        private final int lineOffset;
        private final Map<String, SourcePosition> keys = new HashMap<>();
        private final Map<String, SourcePosition> values = new HashMap<>();

        Builder(String file, int lineOffset) {
            this.file = file;
            this.lineOffset = lineOffset;
        }

        SourcePosition position(JsonLocation location) {
            int line = Math.max(location.getLineNr(), 1) + lineOffset;
            return new SourcePosition(file, line, Math.max(location.getColumnNr(), 1));
        }

        JsonNode read(JsonParser parser, String pointer) throws IOException {
            JsonToken token = parser.currentToken();
            values.put(pointer, position(parser.currentTokenLocation()));
            switch (token) {
                case START_OBJECT -> {
                    ObjectNode object = NODES.objectNode();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        String child = pointer(pointer, name);
                        SourcePosition keyAt = position(parser.currentTokenLocation());
                        if (object.has(name)) {
                            throw new YamlException(Problem.error(keyAt, "duplicate key \"" + name
                                    + "\" (first given on line " + keys.get(child).line() + "); keep one"));
                        }
                        keys.put(child, keyAt);
                        parser.nextToken();
                        object.set(name, read(parser, child));
                    }
                    return object;
                }
                case START_ARRAY -> {
                    ArrayNode array = NODES.arrayNode();
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        array.add(read(parser, pointer + "/" + index++));
                    }
                    return array;
                }
                case VALUE_STRING -> {
                    return NODES.textNode(parser.getText());
                }
                case VALUE_NUMBER_INT -> {
                    return NODES.numberNode(parser.getLongValue());
                }
                case VALUE_NUMBER_FLOAT -> {
                    return NODES.numberNode(parser.getDecimalValue());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                }
                case VALUE_NULL -> {
                    return NODES.nullNode();
                }
                default -> {
                    return NODES.textNode(parser.getText());
                }
            }
        }
    }
}

package dev.playbook.write;

/** Two outputs of one build claim the same path, or a path belongs to a file this tool did not write. */
public final class OutputClashException extends Exception {

    private final String path;

    public OutputClashException(String path, String message) {
        super(message);
        this.path = path;
    }

    public String path() {
        return path;
    }
}

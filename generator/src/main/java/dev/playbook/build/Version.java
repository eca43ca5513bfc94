package dev.playbook.build;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The generator's version, as Maven stamped it into the jar. */
public final class Version {

    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/playbook/version.properties")) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}

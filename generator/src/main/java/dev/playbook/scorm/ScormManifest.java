package dev.playbook.scorm;

import dev.playbook.model.UrlPaths;

import java.util.Collection;

/**
 * A package's {@code imsmanifest.xml}: one organisation with one item, the course, played by one
 * SCO (the course player), whose resource lists every file of the package. The schema files are
 * named by {@code xsi:schemaLocation} and sit beside the manifest, as SCORM packages ship them.
 */
final class ScormManifest {

    private ScormManifest() {
    }

    /**
     * @param identifier the manifest's identifier (an XML name)
     * @param files      the package's files besides the manifest and the schemas, sorted
     */
    static String of(ScormVersion version, String identifier, String title, String launch, Collection<String> files) {
        StringBuilder xml = new StringBuilder(4096 + files.size() * 48);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (version == ScormVersion.SCORM_12) {
            xml.append("<manifest identifier=\"").append(identifier).append("\" version=\"1.0\"\n")
                    .append("    xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"\n")
                    .append("    xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"\n")
                    .append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
                    .append("    xsi:schemaLocation=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd"
                            + " http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd"
                            + " http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd\">\n")
                    .append("  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>1.2</schemaversion>\n  </metadata>\n");
        } else {
            xml.append("<manifest identifier=\"").append(identifier).append("\" version=\"1\"\n")
                    .append("    xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"\n")
                    .append("    xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_v1p3\"\n")
                    .append("    xmlns:adlseq=\"http://www.adlnet.org/xsd/adlseq_v1p3\"\n")
                    .append("    xmlns:adlnav=\"http://www.adlnet.org/xsd/adlnav_v1p3\"\n")
                    .append("    xmlns:imsss=\"http://www.imsglobal.org/xsd/imsss\"\n")
                    .append("    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
                    .append("    xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd"
                            + " http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd"
                            + " http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd"
                            + " http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd"
                            + " http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd\">\n")
                    .append("  <metadata>\n    <schema>ADL SCORM</schema>\n    <schemaversion>2004 4th Edition</schemaversion>\n"
                            + "  </metadata>\n");
        }
        String escaped = escape(title);
        xml.append("  <organizations default=\"organization\">\n")
                .append("    <organization identifier=\"organization\">\n")
                .append("      <title>").append(escaped).append("</title>\n")
                .append("      <item identifier=\"course\" identifierref=\"player\" isvisible=\"true\">\n")
                .append("        <title>").append(escaped).append("</title>\n")
                .append("      </item>\n")
                .append("    </organization>\n")
                .append("  </organizations>\n")
                .append("  <resources>\n")
                .append("    <resource identifier=\"player\" type=\"webcontent\" ")
                .append(version == ScormVersion.SCORM_12 ? "adlcp:scormtype" : "adlcp:scormType")
                .append("=\"sco\" href=\"").append(escape(UrlPaths.encode(launch))).append("\">\n");
        for (String file : files) {
            xml.append("      <file href=\"").append(escape(UrlPaths.encode(file))).append("\"/>\n");
        }
        xml.append("    </resource>\n  </resources>\n</manifest>\n");
        return xml.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // Characters XML 1.0 cannot hold at all are dropped; a course title has no use for them.
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

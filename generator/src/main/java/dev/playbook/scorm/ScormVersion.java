package dev.playbook.scorm;

import java.util.List;

/**
 * The two SCORM editions a course is packaged for: their file names, the schema files every
 * package carries at its root (the ADL files as published, see {@code schemas-*}/ORIGIN.md) and
 * what the player tells its runtime script.
 */
public enum ScormVersion {

    SCORM_12("scorm12", "1.2", "schemas-1.2", List.of("adlcp_rootv1p2.xsd", "ims_xml.xsd", "imscp_rootv1p1p2.xsd",
            "imsmd_rootv1p2p1.xsd")),
    SCORM_2004("scorm2004", "2004", "schemas-2004", List.of("XMLSchema.dtd", "adlcp_v1p3.xsd", "adlnav_v1p3.xsd",
            "adlseq_v1p3.xsd", "datatypes.dtd", "imscp_v1p1.xsd", "imsss_v1p0.xsd", "imsss_v1p0auxresource.xsd",
            "imsss_v1p0control.xsd", "imsss_v1p0delivery.xsd", "imsss_v1p0limit.xsd", "imsss_v1p0objective.xsd",
            "imsss_v1p0random.xsd", "imsss_v1p0rollup.xsd", "imsss_v1p0seqrule.xsd", "imsss_v1p0util.xsd", "xml.xsd"));

    private final String suffix;
    private final String runtime;
    private final String schemaFolder;
    private final List<String> schemas;

    ScormVersion(String suffix, String runtime, String schemaFolder, List<String> schemas) {
        this.suffix = suffix;
        this.runtime = runtime;
        this.schemaFolder = schemaFolder;
        this.schemas = schemas;
    }

    /** Where a course's package of this edition is published, inside the release. */
    public String zipUrl(String courseId) {
        return "courses/" + courseId + "." + suffix + ".zip";
    }

    /** What the player's {@code data-scorm} says: {@code 1.2} or {@code 2004}. */
    public String runtime() {
        return runtime;
    }

    /** The schema files at the package's root, sorted. */
    public List<String> schemas() {
        return schemas;
    }

    /** Where a schema file is among the generator's resources. */
    String schemaResource(String file) {
        return schemaFolder + "/" + file;
    }
}

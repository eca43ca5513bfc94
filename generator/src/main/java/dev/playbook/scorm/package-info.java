/** Learning-system packages: each course as a SCORM 1.2 and a SCORM 2004 zip, one SCO that plays its steps. */
package dev.playbook.scorm;

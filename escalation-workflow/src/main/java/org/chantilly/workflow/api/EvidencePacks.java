package org.chantilly.workflow.api;

/** The evidence pack of one complaint, for auditors: everything needed to check its handling, in one ZIP. */
public interface EvidencePacks {

    /** The ZIP's media type. */
    String MEDIA_TYPE = "application/zip";

    /**
     * The pack of the complaint (the caller has checked that it may see it).
     *
     * @param complaintReference the complaint
     * @param requestedBy        who asked, written into the manifest
     * @return the ZIP's bytes
     * @throws org.chantilly.platform.api.ResourceNotFoundException when there is no such complaint
     */
    byte[] packOf(String complaintReference, String requestedBy);
}

package org.chantilly.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, kept apart so that reading a complaint never loads them. */
@Entity
@Table(name = "complaint_attachment_data")
public class AttachmentData {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    // bytea on PostgreSQL, a binary large object on H2 (see the vendor migrations)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected AttachmentData() {
        // for JPA
    }

    public AttachmentData(long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}

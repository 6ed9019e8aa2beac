package org.chantilly.intake.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A file attached to a complaint (photo, scanned letter, receipt). Its bytes are an {@link AttachmentData}. */
@Entity
@Table(name = "complaint_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_attachment_id")
    @SequenceGenerator(name = "complaint_attachment_id", sequenceName = "complaint_attachment_id_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    protected Attachment() {
        // for JPA
    }

    Attachment(Complaint complaint, String fileName, String contentType, long size, Instant addedAt, String addedBy) {
        this.complaint = complaint;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    /**
     * The file name becomes a neutral one with the type's extension ({@code attachment-<id>.pdf}); the bytes are
     * deleted by the caller.
     */
    void pseudonymise() {
        fileName = "attachment-" + id + switch (contentType) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            case "application/pdf" -> ".pdf";
            default -> "";
        };
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String addedBy() {
        return addedBy;
    }
}

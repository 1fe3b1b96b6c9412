package org.coopflow.workspace;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.coopflow.request.SubmitRequest;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The request form as the page binds it. Same limits as {@link SubmitRequest}; the error texts are
 * message codes such as {@code NotBlank.requestForm.title} in i18n/requests.properties. Serializable: it
 * travels to the next page after an error (post-redirect-get) and is kept as a draft (JSON).
 */
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int MAX_LANGUAGES = 8;

    /** Made when the form is first shown and kept on every re-render: one request per form, however often sent. */
    private String idempotencyKey;

    @NotBlank
    @Size(max = 48)
    private String sector;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotBlank
    @Size(max = 20000)
    private String description;

    @NotBlank
    @Size(max = 32)
    private String modality;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate preferredStart;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate preferredEnd;

    @NotEmpty
    @Size(max = MAX_LANGUAGES)
    private List<String> languages = new ArrayList<>();

    private boolean urgent;

    @NotBlank
    @Size(max = 200)
    private String contactName;

    @NotBlank
    @Email
    @Size(max = 254)
    private String contactEmail;

    SubmitRequest toCommand() {
        return new SubmitRequest(title, sector, description, modality, urgent, List.copyOf(languages), preferredStart,
                preferredEnd, contactName, contactEmail);
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getModality() {
        return modality;
    }

    public void setModality(String modality) {
        this.modality = modality;
    }

    public LocalDate getPreferredStart() {
        return preferredStart;
    }

    public void setPreferredStart(LocalDate preferredStart) {
        this.preferredStart = preferredStart;
    }

    public LocalDate getPreferredEnd() {
        return preferredEnd;
    }

    public void setPreferredEnd(LocalDate preferredEnd) {
        this.preferredEnd = preferredEnd;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }
}

package org.coopflow.request;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a partner submits (API v1 and the web form). */
public record SubmitRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 48) String sector,
        @NotBlank @Size(max = 20000) String description,
        @NotBlank @Size(max = 32) String modality,
        boolean urgent,
        @NotEmpty @Size(max = 8) List<@Pattern(regexp = "[a-z]{2}") String> languages,
        LocalDate preferredStart,
        LocalDate preferredEnd,
        @NotBlank @Size(max = 200) String contactName,
        @NotBlank @Email @Size(max = 254) String contactEmail) {
}

package org.coopflow.reference;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reference data for partners' form builders (what a new request may take); names follow the Accept-Language header. */
@RestController
@RequestMapping("/api/v1/reference")
class ReferenceController {

    private final ReferenceData reference;

    ReferenceController(ReferenceData reference) {
        this.reference = reference;
    }

    @GetMapping("/sectors")
    List<ReferenceData.Option> sectors(Locale locale) {
        return reference.offeredSectors(locale);
    }

    @GetMapping("/agencies")
    List<ReferenceData.Option> agencies(Locale locale) {
        return reference.offeredAgencies(locale);
    }

    @GetMapping("/languages")
    List<ReferenceData.Option> languages(Locale locale) {
        return reference.languages(locale);
    }

    @GetMapping("/modalities")
    List<ReferenceData.Option> modalities(Locale locale) {
        return reference.modalities(locale);
    }
}

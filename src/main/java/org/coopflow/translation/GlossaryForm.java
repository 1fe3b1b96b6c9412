package org.coopflow.translation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The glossary page's form for a term: Korean and English required, the other languages when known. */
public class GlossaryForm {

    @NotBlank
    @Size(max = 200)
    private String termKo;
    @NotBlank
    @Size(max = 200)
    private String termEn;
    @Size(max = 200)
    private String termEs;
    @Size(max = 200)
    private String termFr;
    @Size(max = 200)
    private String termKm;
    @Size(max = 200)
    private String termVi;
    @Size(max = 1000)
    private String note;
    private int version;

    static GlossaryForm of(GlossaryTerm term) {
        GlossaryForm form = new GlossaryForm();
        form.termKo = term.termKo();
        form.termEn = term.termEn();
        form.termEs = term.termEs();
        form.termFr = term.termFr();
        form.termKm = term.termKm();
        form.termVi = term.termVi();
        form.note = term.note();
        form.version = term.version();
        return form;
    }

    /** What the audit keeps of a term after a change: every language, in order. */
    String summary() {
        return String.join(" | ", "ko: " + termKo, "en: " + termEn, "es: " + blank(termEs), "fr: " + blank(termFr),
                "km: " + blank(termKm), "vi: " + blank(termVi));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getTermKo() { return termKo; }
    public void setTermKo(String termKo) { this.termKo = termKo; }
    public String getTermEn() { return termEn; }
    public void setTermEn(String termEn) { this.termEn = termEn; }
    public String getTermEs() { return termEs; }
    public void setTermEs(String termEs) { this.termEs = termEs; }
    public String getTermFr() { return termFr; }
    public void setTermFr(String termFr) { this.termFr = termFr; }
    public String getTermKm() { return termKm; }
    public void setTermKm(String termKm) { this.termKm = termKm; }
    public String getTermVi() { return termVi; }
    public void setTermVi(String termVi) { this.termVi = termVi; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}

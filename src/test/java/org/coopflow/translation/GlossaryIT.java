package org.coopflow.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.shared.ConflictException;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's glossary on MariaDB (mapper and service) and its pages: the desk adds, edits, retires and restores terms,
 * each change kept with who made it; a stale edit never overwrites a colleague's; managers read it; partners and other
 * officials are refused. Rolled back after each test.
 */
@Transactional
class GlossaryIT extends MariaDbIntegrationTest {

    @Autowired
    Glossary glossary;
    @Autowired
    MockMvc mvc;
    @Autowired
    CoopFlowUserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    Pages pages;

    @BeforeEach
    void signIn() {
        pages = new Pages(users);
    }

    private static GlossaryForm form(String ko, String en, String es) {
        GlossaryForm form = new GlossaryForm();
        form.setTermKo(ko);
        form.setTermEn(en);
        form.setTermEs(es);
        return form;
    }

    @Test
    void everyChangeToATermIsKeptWithWhoMadeIt() {
        Long id = glossary.add(form(" 정보공개 ", "public information disclosure", "acceso a la información"),
                "translator");
        GlossaryTerm added = glossary.term(id);
        assertThat(added.termKo()).as("trimmed").isEqualTo("정보공개");
        assertThat(added.termFr()).isNull();

        GlossaryForm edit = GlossaryForm.of(added);
        edit.setTermFr("accès à l'information");
        glossary.edit(id, edit, "translator");
        glossary.retire(id, true, glossary.term(id).version(), "translator");

        assertThat(glossary.term(id).retired()).isTrue();
        assertThat(glossary.terms(false)).extracting(GlossaryTerm::id).doesNotContain(id);
        assertThat(glossary.terms(true)).extracting(GlossaryTerm::id).contains(id);
        assertThat(glossary.history(id)).extracting(GlossaryEntry::action)
                .containsExactly(Glossary.RETIRED, Glossary.EDITED, Glossary.ADDED);
        assertThat(glossary.history(id)).allSatisfy(e -> assertThat(e.changedBy()).isEqualTo("translator"));
        assertThat(glossary.history(id).get(1).summary()).contains("fr: accès à l'information");
    }

    @Test
    void aStaleEditNeverOverwritesAColleaguesChange() {
        Long id = glossary.add(form("기록관리", "records management", null), "translator");
        GlossaryForm mine = GlossaryForm.of(glossary.term(id));
        GlossaryForm theirs = GlossaryForm.of(glossary.term(id));
        theirs.setTermEs("gestión documental");
        glossary.edit(id, theirs, "translator");

        mine.setTermEs("gestión de archivos");
        assertThatThrownBy(() -> glossary.edit(id, mine, "translator")).isInstanceOf(ConflictException.class);
        assertThat(glossary.term(id).termEs()).isEqualTo("gestión documental");
    }

    @Test
    void theTermsFoundInATextAreTheOnesInUseInAnyLanguage() {
        Long retired = glossary.add(form("선거인명부", "electoral roll", "padrón electoral"), "translator");
        glossary.retire(retired, true, 0, "translator");

        assertThat(glossary.foundIn("Queremos conocer cómo Corea usa el Registro Civil y el padrón electoral"))
                .extracting(GlossaryTerm::termEn).contains("resident registration")
                .doesNotContain("electoral roll", "disaster management");
    }

    @Test
    void theDeskAddsTermsOnTheGlossaryPage() throws Exception {
        String page = mvc.perform(get("/translation/glossary").with(pages.as("translator")))
                .andExpect(status().isOk()).andExpect(view().name(GlossaryPages.VIEW_GLOSSARY)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("주민등록", "registro civil", "id=\"add-term\"");

        mvc.perform(post("/translation/glossary").with(pages.as("translator")).with(csrf())
                        .param("termKo", "행정서비스 통합").param("termEn", "integrated administrative services")
                        .param("termVi", "dịch vụ hành chính tích hợp"))
                .andExpect(status().is3xxRedirection());
        assertThat(glossary.terms(false)).extracting(GlossaryTerm::termVi).contains("dịch vụ hành chính tích hợp");
    }

    @Test
    void aTermWithoutItsKoreanComesBackWithTheErrorAndNothingIsAdded() throws Exception {
        int before = glossary.terms(true).size();
        String page = mvc.perform(post("/translation/glossary").with(pages.as("translator")).with(csrf())
                        .param("termKo", " ").param("termEn", "open data"))
                .andExpect(status().isOk()).andExpect(view().name(GlossaryPages.VIEW_GLOSSARY)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"termKo-error\"", "value=\"open data\"");
        assertThat(glossary.terms(true)).hasSize(before);
    }

    @Test
    void managersReadTheGlossaryAndNobodyElseButTheDeskChangesIt() throws Exception {
        String page = mvc.perform(get("/translation/glossary").with(pages.as("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("주민등록").doesNotContain("id=\"add-term\"");
        mvc.perform(post("/translation/glossary").with(pages.as("manager")).with(csrf())
                .param("termKo", "가").param("termEn", "a")).andExpect(status().isForbidden());
        for (String outsider : new String[]{"partner-gt", "intake", "coord-mois"}) {
            mvc.perform(get("/translation/glossary").with(pages.as(outsider))).andExpect(status().isForbidden());
        }
        Long id = glossary.terms(false).get(0).id();
        mvc.perform(post("/translation/glossary/" + id + "/retire").with(pages.as("partner-gt")).with(csrf())
                .param("version", "0")).andExpect(status().isForbidden());
        assertThat(glossary.term(id).retired()).isFalse();
    }
}

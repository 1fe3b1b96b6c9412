package org.coopflow.translation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which requests go to the translation desk: clearly another language only; when unsure, none. */
class TextLanguageTest {

    @Test
    void spanishFrenchKhmerAndVietnameseRequestsAreRecognised() {
        assertThat(TextLanguage.of("Registro civil en línea para los guatemaltecos en el extranjero. Queremos conocer "
                + "cómo Corea usa el registro civil y el documento de identidad en sus servicios en línea.")).isEqualTo("es");
        assertThat(TextLanguage.of("Nous avons besoin de conseils sur la gestion électorale et sur le vote des "
                + "personnes handicapées dans notre pays.")).isEqualTo("fr");
        assertThat(TextLanguage.of("ការចុះបញ្ជីប្រជាពលរដ្ឋ និងអត្តសញ្ញាណប័ណ្ណ")).isEqualTo("km");
        assertThat(TextLanguage.of("Chúng tôi muốn tìm hiểu hệ thống đăng ký cư trú và căn cước công dân của Hàn Quốc."))
                .isEqualTo("vi");
    }

    @Test
    void koreanAndEnglishRequestsNeedNoTranslation() {
        assertThat(TextLanguage.of("주민등록 제도 구축에 관한 자문을 요청합니다.")).isEqualTo("ko");
        assertThat(TextLanguage.of("We are introducing a national ID card and need advice on enrolment and card "
                + "production.")).isEqualTo("en");
        // English with a few Khmer words, or a Spanish place name, stays English
        assertThat(TextLanguage.of("National ID cards (អត្តសញ្ញាណប័ណ្ណសញ្ជាតិខ្មែរ): the General Department of "
                + "Identification is renewing the Khmer nationality ID card and we need advice on enrolment in the "
                + "remote provinces, on biometric data and on card security.")).isEqualTo("en");
        assertThat(TextLanguage.of("Guatemala lives with earthquakes, eruptions of the Fuego volcano and seasonal "
                + "floods. We want to learn how Korea warns the population.")).isEqualTo("en");
        assertThat(TextLanguage.of("")).isEqualTo("en");
    }
}

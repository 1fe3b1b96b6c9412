package org.coopflow.bench;

import java.util.List;
import java.util.Random;

/**
 * Titles and descriptions for the keyword-search benchmark, in the languages partners write in and in Korean
 * (the translation desk's versions, officials' own notes), from domain vocabularies drawn with a Zipf skew —
 * a few words in most requests, most words in few — so that searches meet common, middling and rare terms
 * as they would in a real installation.
 */
final class SearchTexts {

    /** A language's words, most frequent first, and sentence frames ({} is a drawn word). */
    record Language(String code, List<String> words, List<String> frames, int weightPercent) {
    }

    static final List<String> PROVINCES = List.of("Battambang", "Kampong Cham", "Kampot", "Siem Reap", "Takeo",
            "Kratie", "Mondulkiri", "Pursat", "Quetzaltenango", "Huehuetenango", "Alta Verapaz", "Escuintla", "Petén",
            "Sololá", "Chimaltenango", "Retalhuleu", "Quang Ninh", "Thanh Hoa", "Nghe An", "Da Nang", "Can Tho",
            "Lam Dong", "Guanacaste", "Puntarenas", "Limón", "Cartago", "Heredia", "Alajuela", "Stung Treng",
            "Koh Kong", "Preah Vihear", "Svay Rieng", "Totonicapán", "Jutiapa", "Izabal", "Zacapa", "Ha Giang",
            "Bac Ninh", "Hue", "Vinh Long");

    static final Language ENGLISH = new Language("en", List.of("national", "system", "government", "digital",
            "service", "registration", "data", "information", "citizen", "identity", "card", "online", "local",
            "training", "officials", "platform", "civil", "election", "records", "security", "law", "framework",
            "ministry", "project", "pilot", "experts", "consultation", "database", "interoperability", "enrolment",
            "biometric", "printing", "privacy", "protection", "certificate", "birth", "death", "marriage",
            "statistics", "census", "budget", "procurement", "infrastructure", "network", "cloud", "centre", "policy",
            "strategy", "roadmap", "assessment", "capacity", "mobile", "application", "payment", "tax", "revenue",
            "border", "customs", "clearance", "port", "logistics", "transport", "traffic", "smart", "city", "water",
            "disaster", "flood", "earthquake", "evacuation", "shelter", "warning", "employment", "labour", "market",
            "vocational", "survey", "land", "cadastre", "mapping", "geospatial", "satellite", "health", "hospital",
            "disease", "surveillance", "vaccination", "reporting", "standard", "architecture", "integration",
            "migration", "legacy", "maintenance", "helpdesk", "accessibility", "inclusion", "rural", "urban",
            "planning", "housing", "permit", "licence", "inspection", "audit", "transparency", "complaint", "feedback",
            "evaluation", "monitoring", "indicator", "archive", "signature", "municipality", "voter", "ballot",
            "polling", "turnout", "cybersecurity", "authentication"),
            List.of("We need advice on {} {} and {}.", "Our ministry is preparing a {} {} for the {} {}.",
                    "The current {} does not support {} {}.", "We would like to learn how Korea introduced {} {}.",
                    "Several provinces still use paper {} and {} {}.", "A study visit on {} and {} would help our {}.",
                    "We ask for experts in {} {} to review our {} {}.",
                    "The {} {} project started last year with support for {}."), 40);

    static final Language SPANISH = new Language("es", List.of("sistema", "nacional", "gobierno", "digital",
            "servicios", "registro", "datos", "información", "ciudadanos", "identidad", "documento", "municipalidades",
            "capacitación", "funcionarios", "plataforma", "civil", "electoral", "padrón", "votantes", "seguridad",
            "marco", "jurídico", "ministerio", "proyecto", "piloto", "expertos", "consulta", "interoperabilidad",
            "inscripción", "biométrica", "impresión", "privacidad", "protección", "certificado", "nacimiento",
            "defunción", "matrimonio", "estadística", "censo", "presupuesto", "compras", "infraestructura", "red",
            "nube", "centro", "cooperación", "política", "estrategia", "evaluación", "capacidades", "móvil",
            "aplicación", "pago", "impuestos", "frontera", "aduana", "puerto", "transporte", "ciudad", "inteligente",
            "agua", "desastres", "inundaciones", "terremoto", "evacuación", "albergue", "alerta", "empleo", "mercado",
            "laboral", "formación", "encuesta", "catastro", "mapas", "satélite", "salud", "hospital", "vigilancia",
            "vacunación", "norma", "arquitectura", "integración", "migración", "mantenimiento", "accesibilidad",
            "inclusión", "rural", "urbano", "planificación", "vivienda", "permiso", "licencia", "inspección",
            "auditoría", "transparencia", "quejas", "seguimiento", "indicadores", "archivo", "firma"),
            List.of("Solicitamos asesoría sobre {} {} y {}.", "El ministerio prepara un {} de {} para la {}.",
                    "Hoy cada {} lleva su propio {} de {}.", "Queremos conocer cómo Corea implementó el {} {}.",
                    "Pedimos un foro en línea sobre {} y {} con interpretación.",
                    "Necesitamos expertos en {} {} para revisar nuestro {}."), 20);

    static final Language FRENCH = new Language("fr", List.of("système", "national", "gouvernement", "numérique",
            "services", "état", "civil", "données", "information", "citoyens", "identité", "carte", "communes",
            "formation", "fonctionnaires", "plateforme", "électorale", "électeurs", "sécurité", "cadre", "juridique",
            "ministère", "projet", "pilote", "experts", "consultation", "interopérabilité", "enrôlement",
            "biométrique", "impression", "confidentialité", "protection", "certificat", "naissance", "décès",
            "mariage", "statistiques", "recensement", "budget", "infrastructure", "réseau", "centre", "coopération",
            "politique", "stratégie", "évaluation", "capacités", "mobile", "application", "paiement", "impôts",
            "frontière", "douane", "dédouanement", "port", "transport", "ville", "intelligente", "eau", "catastrophes",
            "inondations", "séisme", "évacuation", "alerte", "emploi", "marché", "travail", "enquête", "cadastre",
            "cartographie", "santé", "hôpital", "surveillance", "vaccination", "archives", "signature"),
            List.of("Nous sollicitons un appui sur {} {} et {}.", "Le ministère prépare une {} de {} pour la {}.",
                    "Nous souhaitons comprendre comment la Corée a mis en place le {} {}.",
                    "Une visite d’étude sur {} et {} aiderait nos {}.", "Chaque {} tient encore son propre {} {}."), 10);

    static final Language KOREAN = new Language("ko", List.of("협력", "시스템", "전자정부", "주민등록", "정보",
            "서비스", "데이터", "구축", "공무원", "교육", "자문", "정부", "디지털", "온라인", "민원", "신분증", "선거",
            "선거인명부", "투표", "기록물", "관세", "통관", "교통", "스마트시티", "도시", "상하수도", "재난",
            "조기경보", "고용", "일자리", "국토", "지적", "보건", "감염병", "감시", "법제", "전자서명", "문서",
            "플랫폼", "공유", "연계", "지방자치단체", "전문가", "포럼", "연수", "방문", "시범사업", "데이터베이스",
            "등록", "생체인식", "인쇄", "보안", "개인정보", "보호", "증명서", "출생", "사망", "혼인", "통계",
            "인구조사", "예산", "조달", "기반시설", "네트워크", "클라우드", "센터", "정책", "전략", "로드맵", "평가",
            "역량강화", "부처", "기관", "시민", "모바일", "결제", "세금", "국경", "항만", "물류", "홍수", "지진",
            "대피", "노동시장", "직업훈련", "설문", "지도", "위성", "병원", "예방접종", "보고", "표준", "통합",
            "이관", "유지보수", "접근성", "포용", "농촌", "도시계획", "주택", "인허가", "점검", "감사", "투명성",
            "환류", "모니터링", "지표", "여권", "가족관계", "행정", "업무", "절차", "사례"),
            List.of("{} {} 구축을 위한 {} 자문을 요청합니다.", "현재 {} 시스템은 {} {}을 지원하지 않습니다.",
                    "한국의 {} 도입 경험과 {} 운영 사례를 알고 싶습니다.", "{}와 {} 분야의 전문가 파견을 희망합니다.",
                    "지방에서는 아직 종이 {}과 {} 대장을 사용합니다.", "{} {} 관련 공무원 연수 프로그램이 필요합니다."), 30);

    static final List<Language> LANGUAGES = List.of(ENGLISH, SPANISH, FRENCH, KOREAN);

    private final Random random;

    SearchTexts(Random random) {
        this.random = random;
    }

    Language language() {
        int pick = random.nextInt(100);
        for (Language l : LANGUAGES) {
            pick -= l.weightPercent();
            if (pick < 0) {
                return l;
            }
        }
        return ENGLISH;
    }

    String title(Language l) {
        int words = 3 + random.nextInt(4);
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < words; i++) {
            title.append(i == 0 ? "" : " ").append(word(l));
        }
        return capitalized(title.toString());
    }

    /** 3 to 7 sentences, 300–900 characters; one request in ten names a province (rare words). */
    String description(Language l) {
        int sentences = 3 + random.nextInt(5);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            String frame = l.frames().get(random.nextInt(l.frames().size()));
            StringBuilder sentence = new StringBuilder();
            int from = 0;
            int slot;
            while ((slot = frame.indexOf("{}", from)) >= 0) {
                sentence.append(frame, from, slot).append(word(l));
                from = slot + 2;
            }
            sentence.append(frame.substring(from));
            text.append(i == 0 ? "" : " ").append(capitalized(sentence.toString()));
        }
        if (random.nextInt(10) == 0) {
            text.append(" (").append(PROVINCES.get(random.nextInt(PROVINCES.size()))).append(")");
        }
        return text.toString();
    }

    /** Zipf (s = 1) over the language's words: the first word is drawn about 20 % of the time. */
    String word(Language l) {
        List<String> words = l.words();
        double harmonic = 0;
        for (int i = 1; i <= words.size(); i++) {
            harmonic += 1.0 / i;
        }
        double u = random.nextDouble() * harmonic;
        for (int i = 1; i <= words.size(); i++) {
            u -= 1.0 / i;
            if (u <= 0) {
                return words.get(i - 1);
            }
        }
        return words.get(words.size() - 1);
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }
}

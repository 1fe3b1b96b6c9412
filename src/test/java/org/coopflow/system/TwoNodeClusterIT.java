package org.coopflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.coopflow.CoopFlowApplication;
import org.coopflow.inbox.DailyDigest;
import org.coopflow.notification.MailPreference;
import org.coopflow.notification.MailPreferences;
import org.coopflow.notification.Notifier;
import org.coopflow.support.Api;
import org.coopflow.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two CoopFlow nodes on one database, as in production: two applications in this JVM, each with its own web server,
 * job executor and mail outbox worker, on a schema of their own on the tests' MariaDB, sending mail to an SMTP server
 * in the test (GreenMail) that the tests stop and start. Shown here: a claim race across the nodes has one winner; a
 * session made on one node works on the other; the outbox is drained once by the two nodes, also in a burst of a
 * thousand mails while timers fire, and after an SMTP outage; a refused address ends as FAILED with the reason; a
 * reader's daily digest is mailed once when both nodes send the digests at the same moment; a page says "e-mailed" of
 * mail that was queued and leaves; a
 * node stopped while it holds a timer's lock and has undelivered mail leaves both to the other node, each effect
 * once. The last test stops a node, so it runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

    private static final String SCHEMA = "coopflow_cluster";
    /** Short enough for a quick test; production's 50 s is the same mechanism (README, "Timers and the cluster"). */
    private static final int JOB_LOCK_MILLIS = 8000;

    private static int smtpPort;
    private static GreenMail smtp;
    private static final List<MimeMessage> delivered = new ArrayList<>();
    private static Node a;
    private static Node b;
    private static JdbcTemplate db;

    record Node(String name, ConfigurableApplicationContext context) {

        String url() {
            return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        }

        Api api(String user) {
            return new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri(url())), user);
        }

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        void inTransaction(Runnable action) {
            new TransactionTemplate(bean(PlatformTransactionManager.class)).executeWithoutResult(s -> action.run());
        }
    }

    @BeforeAll
    static void startTwoNodes() throws Exception {
        String url = schemaUrl();
        try (Connection c = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password());
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + SCHEMA);
            s.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        startSmtp();
        // at the same time, as a cluster restarts: one migrates the schema (Flyway's lock), one deploys the models
        // (the engine's deployment lock), the other finds them done
        CompletableFuture<Node> startingB = CompletableFuture.supplyAsync(() -> start("nodeB", url));
        a = start("nodeA", url);
        b = startingB.join();
        db = new JdbcTemplate(new DriverManagerDataSource(url, TestDatabase.user(), TestDatabase.password()));
        a.bean(RepositoryService.class).createDeployment().name("cluster test")
                .addClasspathResource("cluster/clusterTimer.bpmn").deploy();
    }

    @AfterAll
    static void stopNodes() {
        ClusterProbe.releaseBlocked();
        for (Node node : new Node[] {a, b}) {
            if (node != null && node.context().isActive()) {
                node.context().close();
            }
        }
        stopSmtp();
    }

    @Test
    @Order(1)
    void aClaimRaceAcrossTheNodesHasOneWinner() throws Exception {
        Long id = a.api("partner-kh").submitNew(Api.nationalIdRequest("Cluster claim race " + UUID.randomUUID()));
        Api intakeOnA = a.api("intake");
        Api intake2OnB = b.api("intake-2");
        String claim = "/api/v1/tasks/" + intakeOnA.taskId(id, "screenRequest") + "/claim";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<ResponseEntity<Map<String, Object>>> onA = pool.submit(() -> {
                start.await();
                return intakeOnA.post(claim, null);
            });
            Future<ResponseEntity<Map<String, Object>>> onB = pool.submit(() -> {
                start.await();
                return intake2OnB.post(claim, null);
            });
            start.countDown();

            assertThat(List.of(onA.get(60, TimeUnit.SECONDS).getStatusCode().value(),
                    onB.get(60, TimeUnit.SECONDS).getStatusCode().value())).containsExactlyInAnyOrder(204, 409);
        } finally {
            pool.shutdownNow();
        }
        // both nodes agree on who holds it
        String holder = (String) intakeOnA.tasks(id, "screenRequest").stream().findFirst()
                .or(() -> intake2OnB.tasks(id, "screenRequest").stream().findFirst()).orElseThrow().get("assignee");
        assertThat(a.api("intake").tasks(id, "screenRequest").size() + b.api("intake-2").tasks(id, "screenRequest")
                .size()).isEqualTo(1);
        assertThat(holder).isIn("intake", "intake-2");
    }

    @Test
    @Order(2)
    void aSessionMadeOnOneNodeWorksOnTheOther() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(a.url() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).isTrue();
        String form = "username=intake&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(a.url() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String session = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow().split(";")[0];

        // the same cookie on the other node: the tasks page of the signed-in user, not the sign-in page
        HttpResponse<String> onB = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(b.url() + "/tasks"))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("Lee Ji-won");
        HttpResponse<String> without = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(b.url() + "/tasks")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(without.statusCode()).isEqualTo(302);
    }

    @Test
    @Order(3)
    void aBurstOfAThousandMailsWhileTimersFireIsDeliveredOnceEachByTheTwoNodes() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> timers = new ArrayList<>();
        List<String> recipients = IntStream.range(0, 1000).mapToObj(i -> "burst-" + run + "-" + i + "@example.org")
                .toList();

        // 200 timers due now, started on both nodes, while both nodes write 1,000 mails in 20 transactions
        CompletableFuture<Void> startTimers = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 200; i++) {
                Node node = i % 2 == 0 ? a : b;
                timers.add(node.bean(RuntimeService.class).startProcessInstanceByKey("clusterTimer",
                        Map.of("due", new Date())).getId());
            }
        });
        for (int t = 0; t < 20; t++) {
            Node node = t % 2 == 0 ? a : b;
            List<String> batch = recipients.subList(t * 50, t * 50 + 50);
            node.inTransaction(() -> batch.forEach(to -> node.bean(Notifier.class)
                    .notifyAddress(null, to, Locale.ENGLISH, "submitted", "CR-2026-00000", "Burst " + run)));
        }
        startTimers.join();

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(count("SELECT COUNT(*) FROM notification WHERE recipient LIKE ? AND status = 'SENT'",
                    "burst-" + run + "-%")).isEqualTo(1000);
            assertThat(a.bean(HistoryService.class).createHistoricProcessInstanceQuery().processDefinitionKey(
                    "clusterTimer").finished().count()).isGreaterThanOrEqualTo(200);
        });
        assertThat(count("SELECT COUNT(*) FROM notification WHERE recipient LIKE ? AND status <> 'SENT'",
                "burst-" + run + "-%")).isZero();
        // each mail reached the server exactly once, whichever node sent it
        assertThat(receivedBy("burst-" + run + "-")).hasSize(1000).containsExactlyInAnyOrderElementsOf(recipients);
        // each timer fired once
        HistoryService history = a.bean(HistoryService.class);
        for (String pi : timers) {
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi).activityId("recordFiring")
                    .finished().count()).as(pi).isEqualTo(1);
            assertThat(ClusterProbe.FIRED.get(pi)).as(pi).hasSize(1);
        }
    }

    @Test
    @Order(4)
    void mailQueuedWhileTheMailServerIsDownIsDeliveredOnceWhenItIsBack() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = IntStream.range(0, 20).mapToObj(i -> "outage-" + run + "-" + i + "@example.org")
                .toList();
        stopSmtp();

        for (int i = 0; i < recipients.size(); i++) {
            Node node = i % 2 == 0 ? a : b;
            String to = recipients.get(i);
            node.inTransaction(() -> node.bean(Notifier.class).notifyAddress(null, to, Locale.ENGLISH, "submitted",
                    "CR-2026-00000", "Outage " + run));
        }
        // the nodes try, fail, and keep the mail for later with the reason
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(count(
                "SELECT COUNT(*) FROM notification WHERE recipient LIKE ? AND status = 'PENDING' AND attempts > 0"
                        + " AND last_error IS NOT NULL", "outage-" + run + "-%")).isPositive());
        assertThat(count("SELECT COUNT(*) FROM notification WHERE recipient LIKE ? AND status = 'SENT'",
                "outage-" + run + "-%")).isZero();

        startSmtp();

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(count("SELECT COUNT(*) FROM notification WHERE recipient LIKE ? AND status = 'SENT'",
                        "outage-" + run + "-%")).isEqualTo(20));
        assertThat(receivedBy("outage-" + run + "-")).hasSize(20).containsExactlyInAnyOrderElementsOf(recipients);
    }

    @Test
    @Order(5)
    void anAddressThatCannotReceiveMailEndsAsFailedWithTheReason() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        a.inTransaction(() -> a.bean(Notifier.class).notifyAddress(null, "refused " + run, Locale.ENGLISH,
                "submitted", "CR-2026-00000", "Refused"));

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(db.queryForList(
                "SELECT status, attempts, last_error FROM notification WHERE recipient = ?", "refused " + run))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("status")).isEqualTo("FAILED");
                    assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
                    assertThat((String) row.get("last_error")).isNotBlank();
                }));
    }

    @Test
    @Order(6)
    void aDailyDigestIsMailedOnceWhenBothNodesSendTheDigestsAtTheSameMoment() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        a.bean(MailPreferences.class).choose("partner-gt", MailPreference.DIGEST);
        try {
            // intake writes on Guatemala's request: an item waiting for the partner's digest, no mail at once
            Long id = a.api("partner-gt").submitNew(Api.nationalIdRequest("Digest " + run));
            b.api("intake").post("/api/v1/requests/" + id + "/messages", Map.of("text", "Digest question " + run));
            assertThat(count("SELECT COUNT(*) FROM notification WHERE recipient LIKE 'maria.lopez@%'")).isZero();

            Instant nineInGuatemala = LocalDateTime.of(2032, 2, 3, 9, 0).atZone(ZoneId.of("America/Guatemala"))
                    .toInstant();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> passes = new ArrayList<>();
                for (Node node : new Node[] {a, b}) {
                    passes.add(pool.submit(() -> {
                        start.await();
                        return node.bean(DailyDigest.class).sendDue(nineInGuatemala);
                    }));
                }
                start.countDown();
                for (Future<Integer> pass : passes) {
                    pass.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(count("SELECT COUNT(*) FROM notification WHERE recipient LIKE 'maria.lopez@%'")).isEqualTo(1);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(receivedBy("maria.lopez@")).hasSize(1));
        } finally {
            a.bean(MailPreferences.class).choose("partner-gt", MailPreference.AT_ONCE);
        }
    }

    @Test
    @Order(7)
    void pagesSayEmailedWhenTheMailIsInTheOutboxAndLeaves() throws Exception {
        Long id = a.api("partner-kh").submitNew(Api.nationalIdRequest("E-mailed " + UUID.randomUUID()));
        // the acknowledgement: what the page after the request form asks before it says "e-mailed"
        assertThat(a.bean(Notifier.class).mailedTo(id, "sokha.chan@interior.gov.kh.example")).isTrue();

        // the partner writes on the request page; the intake desk (both want mail at once) and the partner's
        // colleague (partner-kh-2) are e-mailed
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, a, "partner-kh");
        String page = browser.send(HttpRequest.newBuilder(URI.create(a.url() + "/requests/" + id)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create(a.url() + "/requests/" + id
                        + "/messages")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=Hello&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        String after = browser.send(HttpRequest.newBuilder(URI.create(a.url() + "/requests/" + id)).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(after).contains(a.bean(MessageSource.class).getMessage("requests.notice.messageSentMailed",
                new Object[] {3L}, Locale.ENGLISH));
    }

    @Test
    @Order(99)
    void aStoppedNodeLeavesItsLockedTimerAndItsUndeliveredMailToTheOtherNodeEachEffectOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // a timer due now: the node that takes it blocks while holding the job's lock
        CompletableFuture<String> holder = ClusterProbe.blockNextFiring();
        String pi = a.bean(RuntimeService.class).startProcessInstanceByKey("clusterTimer", Map.of("due", new Date()))
                .getId();
        String stoppedName = holder.get(60, TimeUnit.SECONDS);
        Node stopped = stoppedName.equals(a.name()) ? a : b;
        Node survivor = stopped == a ? b : a;

        // mail committed on that node which it cannot deliver before it stops (the mail server is down)
        stopSmtp();
        List<String> recipients = IntStream.range(0, 5).mapToObj(i -> "stopped-" + run + "-" + i + "@example.org")
                .toList();
        stopped.inTransaction(() -> recipients.forEach(to -> stopped.bean(Notifier.class).notifyAddress(null, to,
                Locale.ENGLISH, "submitted", "CR-2026-00000", "Stopped node " + run)));

        // the node stops: its job executor first (as when its process ends), then everything else
        stopped.bean(ProcessEngineConfigurationImpl.class).getJobExecutor().shutdown();
        stopped.context().close();
        startSmtp();

        HistoryService history = survivor.bean(HistoryService.class);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi).finished().count())
                    .isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM notification WHERE recipient LIKE ? AND status = 'SENT'",
                    "stopped-" + run + "-%")).isEqualTo(5);
        });
        // the timer fired once, on the other node, after the stopped node's lock ran out
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi).activityId("recordFiring")
                .finished().count()).isEqualTo(1);
        assertThat(ClusterProbe.FIRED.get(pi)).containsExactly(survivor.name());
        assertThat(receivedBy("stopped-" + run + "-")).containsExactlyInAnyOrderElementsOf(recipients);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static Node start(String name, String url) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CoopFlowApplication.class)
                .initializers(c -> ((GenericApplicationContext) c).registerBean("clusterProbe", ClusterProbe.class,
                        () -> new ClusterProbe(name)))
                // as command-line arguments: above application.yml and config/application.yml, like an operator's
                .run(Stream.of(
                        "server.port=0",
                        "spring.datasource.url=" + url,
                        "spring.datasource.username=" + TestDatabase.user(),
                        "spring.datasource.password=" + TestDatabase.password(),
                        "spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver",
                        "spring.datasource.hikari.maximum-pool-size=10",
                        // a stopped node's pool gives up on the connection its blocked job thread holds sooner
                        "spring.datasource.hikari.connection-timeout=5000",
                        // engines are registered by name in the JVM: each node its own, never the tests' "default"
                        "camunda.bpm.process-engine-name=" + name,
                        "camunda.bpm.job-execution.enabled=true",
                        "camunda.bpm.job-execution.lock-time-in-millis=" + JOB_LOCK_MILLIS,
                        "camunda.bpm.job-execution.wait-time-in-millis=1000",
                        "camunda.bpm.job-execution.max-wait=1000",
                        // Cockpit and the engine's REST API keep JVM-wide state and are not what is tested here
                        "spring.autoconfigure.exclude="
                                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration,"
                                + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                        "coopflow.demo.requests=false",
                        "spring.mail.host=127.0.0.1",
                        "spring.mail.port=" + smtpPort,
                        "coopflow.mail.outbox.poll-interval=PT1S",
                        "coopflow.mail.outbox.first-retry=PT1S",
                        "coopflow.mail.outbox.max-retry-interval=PT2S",
                        // outages here last seconds, at 1-2 s between attempts: give up only on refused addresses
                        "coopflow.mail.outbox.max-attempts=1000",
                        "coopflow.mail.outbox.lock-at-most-for=PT20S",
                        "coopflow.monitoring.figures-interval=PT10M",
                        // the tests send the daily digests themselves, at the moments they choose
                        "coopflow.inbox.scheduled=false",
                        "logging.level.org.camunda.bpm.engine.jobexecutor=error",
                        "logging.level.org.camunda.bpm.engine.context=off")
                        .map(setting -> "--" + setting).toArray(String[]::new));
        TestDatabase.closeBeforeStopping(context);
        return new Node(name, context);
    }

    private static void signIn(HttpClient browser, Node node, String username) throws Exception {
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(node.url() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(node.url() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private static String schemaUrl() {
        String url = TestDatabase.url();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + SCHEMA + (query < 0 ? "" : url.substring(query));
    }

    private static synchronized void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /** Keeps what it received, then stops: the nodes' connections are refused until it starts again. */
    private static synchronized void stopSmtp() {
        if (smtp != null) {
            delivered.addAll(List.of(smtp.getReceivedMessages()));
            smtp.stop();
            smtp = null;
        }
    }

    /** The recipients of every message received so far whose recipient starts with this prefix, once per message. */
    private static synchronized List<String> receivedBy(String prefix) throws MessagingException {
        List<MimeMessage> all = new ArrayList<>(delivered);
        if (smtp != null) {
            all.addAll(List.of(smtp.getReceivedMessages()));
        }
        List<String> recipients = new ArrayList<>();
        for (MimeMessage m : all) {
            String to = m.getRecipients(Message.RecipientType.TO)[0].toString();
            if (to.startsWith(prefix)) {
                recipients.add(to);
            }
        }
        return recipients;
    }

    private static long count(String sql, Object... args) {
        return db.queryForObject(sql, Long.class, args);
    }
}

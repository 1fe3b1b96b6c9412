package org.coopflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/** What a failed hand-over means for the mail: refused for good, deferred, or no server to talk to. */
class DeliveryFailureTest {

    @Test
    void aMalformedAddressIsRefusedForGood() {
        DeliveryFailure failure = DeliveryFailure.of(new MailPreparationException(
                new AddressException("Local address contains control or whitespace", "not an address")));

        assertThat(failure.kind()).isEqualTo(DeliveryFailure.Kind.REFUSED);
        assertThat(failure.reason()).contains("Local address contains control or whitespace");
    }

    @Test
    void anSmtp5xxForTheRecipientIsRefusedForGoodAnd4xxIsDeferred() throws Exception {
        InternetAddress to = new InternetAddress("nobody@example.org");
        MessagingException refused = new MessagingException("Invalid Addresses",
                new SMTPAddressFailedException(to, "RCPT TO:<nobody@example.org>", 550, "550 5.1.1 No such user"));
        MessagingException busy = new MessagingException("Invalid Addresses",
                new SMTPAddressFailedException(to, "RCPT TO:<nobody@example.org>", 451, "451 4.3.0 Try again later"));

        DeliveryFailure permanent = DeliveryFailure.of(new MailSendException(Map.of(new Object(), refused)));
        DeliveryFailure temporary = DeliveryFailure.of(new MailSendException(Map.of(new Object(), busy)));

        assertThat(permanent.kind()).isEqualTo(DeliveryFailure.Kind.REFUSED);
        assertThat(permanent.reason()).isEqualTo("550 5.1.1 No such user");
        assertThat(temporary.kind()).isEqualTo(DeliveryFailure.Kind.DEFERRED);
    }

    @Test
    void noServerOrNoSignInMeansUnreachable() {
        MailSendException down = new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host, port: localhost, 25",
                        new ConnectException("Connection refused")));

        assertThat(DeliveryFailure.of(down).kind()).isEqualTo(DeliveryFailure.Kind.UNREACHABLE);
        assertThat(DeliveryFailure.of(new MailAuthenticationException("535 Authentication failed")).kind())
                .isEqualTo(DeliveryFailure.Kind.UNREACHABLE);
    }

    @Test
    void aVeryLongReasonIsShortened() {
        DeliveryFailure failure = DeliveryFailure.of(new MailSendException("x".repeat(5000)));

        assertThat(failure.reason()).hasSize(1000).endsWith("…");
    }

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToTheLongestInterval() {
        MailSettings.Outbox outbox = new MailSettings.Outbox(Duration.ofSeconds(5), 50, 12, Duration.ofMinutes(1),
                Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofMinutes(15));

        assertThat(outbox.retryDelay(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(outbox.retryDelay(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(outbox.retryDelay(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(outbox.retryDelay(7)).isEqualTo(Duration.ofHours(1));
        assertThat(outbox.retryDelay(40)).isEqualTo(Duration.ofHours(1));
    }
}

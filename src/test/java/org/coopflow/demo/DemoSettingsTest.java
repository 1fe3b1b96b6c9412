package org.coopflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

class DemoSettingsTest {

    @Test
    void embeddedDefaultMakesDemoRequests() throws IOException {
        assertThat(demoRequestsIn("application.yml")).isEqualTo(true);
    }

    @Test
    void mysqlProfileNeverMakesDemoRequests() throws IOException {
        assertThat(demoRequestsIn("application-mysql.yml")).isEqualTo(false);
    }

    private static Object demoRequestsIn(String file) throws IOException {
        PropertySource<?> yaml = new YamlPropertySourceLoader().load(file, new ClassPathResource(file)).get(0);
        return yaml.getProperty("coopflow.demo.requests");
    }
}

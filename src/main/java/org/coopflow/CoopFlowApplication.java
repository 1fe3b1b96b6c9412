package org.coopflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CoopFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoopFlowApplication.class, args);
    }
}

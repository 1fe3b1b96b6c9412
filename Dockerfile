# ---- build stage -----------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw

COPY src src
COPY bpmn bpmn
COPY config config
# The image never carries the demo accounts (password "demo"): their migration is left out of the jar, whatever
# profile the container is later started with.
RUN rm -rf src/main/resources/db/demo \
 && ./mvnw -B -ntp -DskipTests package \
 && cp "$(ls target/coopflow-*.jar | grep -v original | head -1)" /build/app.jar

# ---- runtime stage ---------------------------------------------------------
FROM eclipse-temurin:17-jre
# TrueType fonts for the PDF exports (MOU versions, audit timeline): Hangul, and the partners' other scripts
# (Khmer, Thai, Lao, Myanmar, Vietnamese); see coopflow.pdf.font-dirs
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-nanum fonts-noto-core \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system coopflow \
 && useradd --system --gid coopflow --home-dir /app --no-create-home --shell /usr/sbin/nologin coopflow \
 && mkdir -p /app/data \
 && chown -R coopflow:coopflow /app

WORKDIR /app
# Started the way Spring Boot documents for fast start-up (docs/benchmarks.md: 11-14 s from the nested jar, 7-8 s like
# this on 2 cores): the jar extracted (no nested-jar class loading), and a class data sharing archive written by one
# training run at build time (it refreshes the context on the embedded default and exits; its H2 files are removed).
COPY --from=build /build/app.jar /tmp/app.jar
COPY config /app/config
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app/application \
 && rm /tmp/app.jar \
 && java -XX:ArchiveClassesAtExit=/app/application/app.jsa -Dspring.context.exit=onRefresh \
         -Dcoopflow.demo.requests=false -jar /app/application/app.jar \
 && rm -rf /app/data/* \
 && chown -R coopflow:coopflow /app

USER coopflow
# Production by default: MySQL (MYSQL_URL, MYSQL_USER, MYSQL_PASSWORD) and COOPFLOW_SECRET_KEY are required, directors
# and administrators use a second factor; the first administrator comes from COOPFLOW_BOOTSTRAP_ADMIN_PASSWORD
# (README, Security). SPRING_PROFILES_ACTIVE=default would start the embedded H2 database instead (still without demo
# accounts).
ENV SPRING_PROFILES_ACTIVE=mysql
# ./config/application.yml is read from the working directory; the embedded H2 default writes to ./data.
# An archive that does not match the JVM is ignored with a warning: the application still starts, only slower.
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/application/app.jsa", "-jar", "/app/application/app.jar"]

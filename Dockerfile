# ---- build stage -----------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw

COPY src src
COPY bpmn bpmn
COPY config config
RUN ./mvnw -B -ntp -DskipTests package \
 && cp "$(ls target/coopflow-*.jar | grep -v original | head -1)" /build/app.jar

# ---- runtime stage ---------------------------------------------------------
FROM eclipse-temurin:17-jre
# A TrueType font with Hangul for the PDF exports (MOU versions, audit timeline); see coopflow.pdf.font-dirs
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-nanum \
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
         -jar /app/application/app.jar \
 && rm -rf /app/data/* \
 && chown -R coopflow:coopflow /app

USER coopflow
# ./config/application.yml is read from the working directory; the embedded H2 default writes to ./data.
# An archive that does not match the JVM is ignored with a warning: the application still starts, only slower.
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/application/app.jsa", "-jar", "/app/application/app.jar"]

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
RUN groupadd --system coopflow \
 && useradd --system --gid coopflow --home-dir /app --no-create-home --shell /usr/sbin/nologin coopflow \
 && mkdir -p /app/data \
 && chown -R coopflow:coopflow /app

WORKDIR /app
COPY --from=build --chown=coopflow:coopflow /build/app.jar /app/app.jar
COPY --chown=coopflow:coopflow config /app/config

USER coopflow
# ./config/application.yml is read from the working directory; the embedded H2 default writes to ./data.
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "app.jar"]

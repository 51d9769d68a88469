# Lifecycle Ops: build the fat jar with the Maven wrapper, run it on a JRE as a non-root user.
#   docker build -t lifecycle-ops .
#   docker run -e LIFECYCLE_ADMIN_PASSWORD=... -e SPRING_DATASOURCE_URL=... -p 8080:8080 lifecycle-ops
# Needs BuildKit (the default builder since Docker 23) for the Maven cache mount.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
COPY bpmn bpmn
COPY dmn dmn
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -DskipTests package \
 && cp target/lifecycle-ops-*.jar /src/app.jar

FROM eclipse-temurin:17-jre
# curl for the HEALTHCHECK (installed only if the base image lacks it).
RUN command -v curl >/dev/null 2>&1 \
 || (apt-get update \
     && apt-get install -y --no-install-recommends curl \
     && rm -rf /var/lib/apt/lists/*)
RUN groupadd --system --gid 10001 lifecycle \
 && useradd --system --uid 10001 --gid lifecycle --home-dir /app --shell /usr/sbin/nologin lifecycle \
 && mkdir -p /app/data \
 && chown -R lifecycle:lifecycle /app
WORKDIR /app
COPY --from=build --chown=lifecycle:lifecycle /src/app.jar /app/app.jar

# Production runs on PostgreSQL; override SPRING_PROFILES_ACTIVE= (empty) for the embedded H2 default.
ENV SPRING_PROFILES_ACTIVE=postgres \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

USER 10001:10001
EXPOSE 8080

HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=4 \
  CMD curl -fsS "http://localhost:${PORT:-8080}/actuator/health/readiness" >/dev/null || exit 1

# JAVA_OPTS go to the JVM; arguments after the image name go to Spring Boot, e.g.
#   docker run ... lifecycle-ops --camunda.bpm.generic-properties.properties.hostname=node-a
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar \"$@\"", "--"]

# syntax=docker/dockerfile:1
#
# Auditio: production image.
#   docker build -t auditio .
#   docker run -p 8080:8080 -e SPRING_DATASOURCE_URL=jdbc:postgresql://HOST:5432/auditio \
#     -e SPRING_DATASOURCE_USERNAME=... -e SPRING_DATASOURCE_PASSWORD=... auditio
# The production jar carries no embedded PostgreSQL: it needs a real server (see docker-compose.yml).

ARG BUILD_IMAGE=maven:3.9.11-eclipse-temurin-25
ARG RUNTIME_IMAGE=eclipse-temurin:25-jre

# ---------------------------------------------------------------------------------------------
# Build: the production profile (no embedded PostgreSQL, no vaadin-dev, Vaadin's pre-compiled
# production bundle; no Node is needed because no custom frontend bundle is built).
# ---------------------------------------------------------------------------------------------
FROM ${BUILD_IMAGE} AS build
WORKDIR /build

# Build inputs only (.dockerignore keeps target/, data/, uploads/ and generated files out).
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY frontend/ frontend/
COPY src/ src/

# The Maven repository is a BuildKit cache: later builds download nothing again.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -Pproduction -DskipTests package \
 && cp target/auditio-*.jar /build/app.jar

# ---------------------------------------------------------------------------------------------
# Runtime: a JRE, a non-root user, the jar.
# ---------------------------------------------------------------------------------------------
FROM ${RUNTIME_IMAGE} AS runtime

# curl is for the health check (the Temurin JRE image ships neither curl nor wget); ffmpeg gives
# ffprobe, which measures WebM recordings, and remuxes uploads; util-linux (setsid, prlimit) bounds
# the metadata probes and their children; libchromaprint-tools gives fpcalc, the acoustic
# fingerprints that show the same performance re-encoded, trimmed or sent by another candidate.
RUN set -eux; \
    apt-get update; \
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl ffmpeg util-linux libchromaprint-tools; \
    rm -rf /var/lib/apt/lists/*; \
    groupadd --system --gid 10001 auditio; \
    useradd --system --uid 10001 --gid auditio --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin auditio; \
    mkdir -p /app/uploads; \
    chown -R auditio:auditio /app

WORKDIR /app
COPY --from=build --chown=auditio:auditio /build/app.jar /app/app.jar

# Uploaded recordings live outside the container. The folder exists and belongs to auditio
# before VOLUME, so a new named volume starts with the same owner.
ENV AUDITIO_STORAGE_ROOT=/app/uploads
VOLUME ["/app/uploads"]

# Heap sized from the container's memory limit; on OutOfMemoryError the JVM exits so the
# orchestrator restarts it instead of leaving a half-working server. Override with JAVA_OPTS.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

USER auditio:auditio
EXPOSE 8080

# Start-up measured on 2 cores: 6-7 s (12-13 s seen under load); allow for slower hosts.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null http://127.0.0.1:8080/actuator/health || exit 1

# exec: java is PID 1 and receives SIGTERM directly (Spring Boot shuts down gracefully).
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar \"$@\"", "auditio"]

# Builds the app image for an external PostgreSQL (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package \
 && mkdir /extracted \
 && java -Djarmode=tools -jar modules/app/target/kommunalpilot.jar extract --layers --launcher --destination /extracted \
 # the embedded PostgreSQL is for local runs only; the image always uses an external server
 && find /extracted -name 'embedded-postgres-binaries-*.jar' -delete

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 kommunalpilot
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
USER kommunalpilot
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]

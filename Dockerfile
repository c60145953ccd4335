# Builds Parley from source and runs it on a JRE. The image expects an external PostgreSQL
# (SPRING_DATASOURCE_URL etc.); see docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests -Dspring-javaformat.skip=true \
    && cp target/parley-*.jar /parley.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 parley
USER parley
COPY --from=build /parley.jar /app/parley.jar
COPY jvm.options /app/jvm.options
# Two malloc arenas instead of one per thread: tens of MB of resident memory less.
ENV MALLOC_ARENA_MAX=2
EXPOSE 8080
ENTRYPOINT ["java", "@/app/jvm.options", "-jar", "/app/parley.jar"]

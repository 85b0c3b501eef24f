# Rathaus as one container: `docker build -t rathaus .`, run with the environment of
# docs/operations.md (compose.yaml starts it with PostgreSQL, Redis, Mailpit and Keycloak).
# The Node version is pinned so that a rebuild months later runs what was tested.

FROM node:24.21.0-bookworm-slim AS build
WORKDIR /app
# npm ci builds at install (the prepare script), so the sources are needed before it.
COPY . .
RUN npm ci
RUN npm run build

FROM node:24.21.0-bookworm-slim AS runtime
# pg_dump and pg_restore for `npm run admin -- backup` and `restore`, of the server's major version.
RUN apt-get update \
  && apt-get install -y --no-install-recommends postgresql-client-15 \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
WORKDIR /app
# With NODE_ENV=production the install builds nothing (scripts/build-if-needed.mjs --at-install).
COPY package.json package-lock.json ./
COPY clients/web/package.json clients/web/
COPY clients/kiosk/package.json clients/kiosk/
COPY clients/shared/package.json clients/shared/
COPY scripts scripts
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist dist
COPY --from=build /app/clients/web/dist clients/web/dist
COPY --from=build /app/clients/kiosk/dist clients/kiosk/dist
# The migrations read the database functions' .sql files from src/ (src/migrations/database-functions.ts).
COPY --from=build /app/src src
# The schema changelog, served at /schema/CHANGELOG.md (src/server/schema-routes.ts).
COPY --from=build /app/schema schema
# Uploaded files and anything else kept on disk live in DATA_DIR, a volume that outlives the container.
ENV DATA_DIR=/var/lib/rathaus
RUN mkdir -p /var/lib/rathaus && chown node:node /var/lib/rathaus
VOLUME /var/lib/rathaus
USER node
# Node keeps the compiled code of the server's modules here, and a restart of the container loads
# them faster (scripts/node24.mjs does the same outside the image).
ENV NODE_COMPILE_CACHE=/tmp/node-compile-cache
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT ?? 3000}/readyz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node itself is process 1, so that SIGTERM from `docker stop` reaches the server, which then
# drains its requests (npm would stand between them).
CMD ["node", "dist/server/main.js"]

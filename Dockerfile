# Stage 1: build the plugin with Node (the same `npm ci` + build as CI).
FROM registry.access.redhat.com/ubi9/nodejs-20:latest AS build
USER root
WORKDIR /usr/src/app
COPY package.json package-lock.json .npmrc ./
# Browsers are not needed to build; the e2e tests run in CI, not in the image build.
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build

# Stage 2: serve dist/ with nginx on 9443 (TLS from the service CA, configured by the Helm chart).
FROM registry.access.redhat.com/ubi9/nginx-124:latest
COPY --from=build /usr/src/app/dist /usr/share/nginx/html
USER 1001
EXPOSE 9443
ENTRYPOINT ["nginx", "-g", "daemon off;"]

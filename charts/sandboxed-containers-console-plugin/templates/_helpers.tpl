{{- define "scc.name" -}}
{{- .Values.plugin.name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- define "scc.labels" -}}
app.kubernetes.io/name: {{ include "scc.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: {{ include "scc.name" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}
{{- define "scc.selectorLabels" -}}
app.kubernetes.io/name: {{ include "scc.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

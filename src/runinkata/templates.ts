/**
 * console.yaml-template extensions: a Pod and a Deployment that run in Kata. Both set a memory
 * limit as well as a request: "Deploying OpenShift sandboxed containers workloads" › "Resource
 * requirements for OpenShift sandboxed containers" — requested memory is hot-plugged into the VM,
 * and without a limit the VM's kernel can run out of memory. The image is Red Hat's UBI nginx,
 * which runs as a non-root user under the restricted security context constraints.
 */

export const kataPodTemplate = `apiVersion: v1
kind: Pod
metadata:
  name: example-kata
  labels:
    app: example-kata
spec:
  # Runs the pod in a Kata VM (OpenShift sandboxed containers).
  runtimeClassName: kata
  containers:
    - name: nginx
      image: registry.access.redhat.com/ubi9/nginx-124
      command: ["nginx", "-g", "daemon off;"]
      ports:
        - containerPort: 8080
      resources:
        requests:
          memory: 256Mi
          cpu: 100m
        # In Kata, a memory limit keeps the VM's kernel from running out of memory.
        limits:
          memory: 512Mi
`;

export const kataDeploymentTemplate = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: example-kata
spec:
  replicas: 2
  selector:
    matchLabels:
      app: example-kata
  template:
    metadata:
      labels:
        app: example-kata
    spec:
      # Runs the pods in Kata VMs (OpenShift sandboxed containers).
      runtimeClassName: kata
      containers:
        - name: nginx
          image: registry.access.redhat.com/ubi9/nginx-124
          command: ["nginx", "-g", "daemon off;"]
          ports:
            - containerPort: 8080
          resources:
            requests:
              memory: 256Mi
              cpu: 100m
            # In Kata, a memory limit keeps the VM's kernel from running out of memory.
            limits:
              memory: 512Mi
`;

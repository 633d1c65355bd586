/** The eligibility engine (pure, no React), as the other features use it. */
export { evaluateCluster, isKataTarget } from './evaluate';

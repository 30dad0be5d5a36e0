/**
 * Marks a plugin as app-wide: its decorators and hooks apply to the whole app rather than only
 * inside its own encapsulation context. This is what the fastify-plugin package does, without a
 * dependency for two symbols.
 */
import type { FastifyPluginAsync } from 'fastify';

export function appWide<Options extends Record<string, unknown>>(name: string, plugin: FastifyPluginAsync<Options>): FastifyPluginAsync<Options> {
  Object.assign(plugin, { [Symbol.for('skip-override')]: true, [Symbol.for('fastify.display-name')]: name });
  return plugin;
}

import { managedSchemaFile, managedSchemaPath } from '../src/policy/managed-schema';
import { writeGeneratedFile } from './write-generated-file';

/**
 * Writes public/managed-schema.json, the manifest's `storage.managed_schema`, from the policy's zod schema.
 * Run by `npm run build`; `--check` only reports whether the file is up to date (a unit test checks it too).
 */
writeGeneratedFile(managedSchemaPath, managedSchemaFile(), 'npm run policy-schema');

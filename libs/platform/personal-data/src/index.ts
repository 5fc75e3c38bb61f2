export { isSealedPersonalData, type PersonalDataVault, type SealedPersonalData } from './personal-data.port';
export {
  createPostgresPersonalDataVault,
  PERSONAL_DATA_MIGRATIONS,
  PERSONAL_DATA_SCHEMA,
  type PostgresPersonalDataVaultOptions,
} from './postgres-personal-data.vault';
export { protectPersonalData, sealPersonalData } from './protect-personal-data';
export { developmentMasterKey } from './development-master-key';
export { createBlindIndex, type BlindIndex } from './blind-index';

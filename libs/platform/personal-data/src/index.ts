export { isSealedPersonalData, type PersonalDataVault, type SealedPersonalData } from './personal-data.port';

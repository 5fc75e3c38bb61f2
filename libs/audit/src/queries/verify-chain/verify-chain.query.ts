import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { InjectDatabasePool } from '@casemgmt/event-store';
import { readChainPage } from '../../chain/audit-entry';
import { ChainVerifier, type ChainVerification } from '../../chain/verify-chain';

const PAGE = 1_000;

/** Walks a tenant's whole chain page by page, recomputing every hash. */
@Injectable()
export class VerifyChainQuery {
  constructor(@InjectDatabasePool() private readonly pool: Pool) {}

  async execute(tenantId: string): Promise<ChainVerification> {
    const verifier = new ChainVerifier();
    let after = 0;
    for (;;) {
      const page = await readChainPage(this.pool, tenantId, after, PAGE);
      for (const entry of page) if (!verifier.check(entry)) return verifier.result();
      const last = page.at(-1);
      if (!last || page.length < PAGE) return verifier.result();
      after = last.sequence;
    }
  }
}

import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Account, StakeholderNode, Viewer } from '@koppel/domain';
import type { GraphStore } from '@koppel/graph-store';
import { Public, Roles } from '../auth/access.decorators';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Stakeholder } from '../stakeholders/models';
import { GRAPH_STORE } from '../store/graph-store.token';
import { AccountsService, SignedIn } from './accounts.service';
import { CreateAccountInput } from './dto/create-account.input';
import { SignInArgs } from './dto/sign-in.args';
import { AccountInfo } from './models/account.model';
import { Session } from './models/session.model';

@Resolver(() => AccountInfo)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    @Inject(GRAPH_STORE) private readonly store: GraphStore,
  ) {}

  @Public()
  @Mutation(() => Session, {
    description: 'Signs in. UNAUTHENTICATED "e-mail or password is wrong" for an unknown e-mail and for a wrong password alike.',
  })
  signIn(@Args() { email, password }: SignInArgs): Promise<SignedIn> {
    return this.accounts.signIn(email, password);
  }

  @Mutation(() => Session, { description: 'A fresh 15-minute token for the signed-in account, sent before the current one expires.' })
  refreshSession(@CurrentViewer() viewer: Viewer): Promise<SignedIn> {
    return this.accounts.refresh(viewer);
  }

  @Query(() => AccountInfo, { description: 'The signed-in account.' })
  me(@CurrentViewer() viewer: Viewer): Promise<Account> {
    return this.accounts.accountOf(viewer);
  }

  @Roles('ADMIN')
  @Mutation(() => AccountInfo, {
    description: 'Makes an account (ADMIN only). BAD_USER_INPUT naming the field for a bad e-mail, a short password, or an organisation or person that does not fit; CONFLICT when the e-mail is taken.',
  })
  createAccount(@Args('input', { description: 'The new account.' }) input: CreateAccountInput): Promise<Account> {
    // GraphQL sends an omitted nullable field as null; the domain knows only "not given".
    return this.accounts.create({ ...input, personId: input.personId ?? undefined });
  }

  @ResolveField(() => Stakeholder, { nullable: true, description: 'The organisation node the account acts for; null if it was deleted.' })
  organisation(@Parent() account: Account): Promise<StakeholderNode | null> {
    return this.store.getNode(account.organisationId);
  }
}

import { DateScalar } from './date-scalar.js';
import { entityResolvers } from './entity.js';
import { articleResolvers } from './article.js';
import { mutationResolvers } from './mutation.js';
import { networkResolvers } from './network.js';
import { queryResolvers } from './query.js';
import { statementResolvers } from './statement.js';
import { subscriptionResolvers } from './subscription.js';

export const resolvers = {
  Date: DateScalar,
  ...queryResolvers,
  ...entityResolvers,
  ...statementResolvers,
  ...articleResolvers,
  ...networkResolvers,
  ...mutationResolvers,
  ...subscriptionResolvers,
};

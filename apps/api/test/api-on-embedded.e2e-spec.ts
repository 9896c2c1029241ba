import { describeApiOverHttp } from './api-over-http.contract';

describeApiOverHttp('the embedded store', { env: () => ({}) });

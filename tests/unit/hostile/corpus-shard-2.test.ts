import { describeCorpusShard } from './corpus-suite';

describeCorpusShard(1, 2);

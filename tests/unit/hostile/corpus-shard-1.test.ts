import { describeCorpusShard } from './corpus-suite';

describeCorpusShard(0, 2);

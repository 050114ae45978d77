// The remark row of `npm run bench`: remark-language-server's own setup (unified-language-server with remark) with
// remark-lint's recommended preset, as a user of remark-lint would run it.
import { remark } from 'remark';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import { createUnifiedLanguageServer } from 'unified-language-server';

createUnifiedLanguageServer({
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  rcName: '.remarkrc',
  processorName: 'remark',
  processorSpecifier: 'remark',
  defaultProcessor: remark,
  plugins: [remarkPresetLintRecommended],
});

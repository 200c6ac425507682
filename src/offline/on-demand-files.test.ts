import { describe, expect, it } from 'vitest';
import { onDemandFiles, type BuiltFile } from './on-demand-files';

const chunk = (fileName: string, more: Partial<BuiltFile> = {}): [string, BuiltFile] => [fileName, { fileName, ...more }];

/** The app's entry loads the overview later; a slide loads the diagrams, which load Mermaid and, later still, one chunk per diagram type. */
const bundle = Object.fromEntries([
  chunk('assets/index.js', { isEntry: true, imports: ['assets/lit.js'], dynamicImports: ['assets/overview.js', 'assets/draw-diagrams.js'] }),
  chunk('assets/lit.js'),
  chunk('assets/overview.js', { facadeModuleId: '/app/src/components/lectern-overview.ts', imports: ['assets/lit.js', 'assets/shared.js'] }),
  chunk('assets/shared.js'),
  chunk('assets/draw-diagrams.js', { facadeModuleId: '/app/src/diagrams/draw-diagrams.ts', imports: ['assets/lit.js'], dynamicImports: ['assets/mermaid.js'] }),
  chunk('assets/mermaid.js', {
    imports: ['assets/shared.js', 'assets/d3.js'],
    dynamicImports: ['assets/flowDiagram.js'],
    viteMetadata: { importedCss: new Set(['assets/mermaid.css']), importedAssets: new Set() },
  }),
  chunk('assets/d3.js'),
  chunk('assets/flowDiagram.js', { imports: ['assets/d3.js'] }),
  chunk('assets/mermaid.css'),
]);

describe('onDemandFiles', () => {
  it('lists what only the module leads to, at once or later, its styles included', () => {
    expect(onDemandFiles(bundle, 'src/diagrams/draw-diagrams.ts').sort()).toEqual(
      ['assets/d3.js', 'assets/draw-diagrams.js', 'assets/flowDiagram.js', 'assets/mermaid.css', 'assets/mermaid.js'].sort(),
    );
  });

  it('leaves out what the rest of the app loads too', () => {
    const files = onDemandFiles(bundle, 'src/diagrams/draw-diagrams.ts');
    expect(files).not.toContain('assets/lit.js');
    expect(files).not.toContain('assets/shared.js');
    expect(files).not.toContain('assets/index.js');
  });

  it('lists nothing for a module the build does not have', () => {
    expect(onDemandFiles(bundle, 'src/diagrams/missing.ts')).toEqual([]);
  });
});

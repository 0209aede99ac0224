import { writeFileSync } from 'node:fs';
import { renderDemoPage } from './demo-server';
writeFileSync('/tmp/h5/demo.html', renderDemoPage());

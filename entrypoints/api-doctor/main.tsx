import { render } from 'preact';
import { ApiDoctor } from '@/components/api-doctor/ApiDoctor';

render(<ApiDoctor />, document.getElementById('app') as HTMLElement);

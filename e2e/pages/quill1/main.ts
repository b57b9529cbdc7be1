import Quill from 'quill1';
import 'quill1/dist/quill.snow.css';
import { showQuillPage } from '../quill-page';

// Quill 1.3, still embedded by many help desks.
showQuillPage('Quill 1', 'quill1', Quill);

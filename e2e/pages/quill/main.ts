import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { showQuillPage } from '../quill-page';

// Quill 2, as in Salesforce's rich-text inputs.
showQuillPage('Quill', 'quill', Quill);
